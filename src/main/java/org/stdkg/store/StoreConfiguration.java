package org.stdkg.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDF;

/**
 * The Fuseki assembler description ({@code fuseki-config.ttl}) with the database locations and
 * the query timeout set for one run. The file at the top of the project is bundled in the jar; an
 * explicit file may be given instead.
 *
 * <p>The description is used as written apart from three values: {@code tdb2:location} becomes
 * {@code DB/tdb2}, {@code text:directory} becomes {@code DB/text-index}, and the server's
 * {@code arq:queryTimeout} becomes the configured timeout.
 */
public final class StoreConfiguration {

    /** Where the bundled copy of {@code fuseki-config.ttl} lives in the jar. */
    public static final String BUNDLED = "/org/stdkg/fuseki-config.ttl";

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

    static final Property TDB2_LOCATION = ResourceFactory.createProperty(TDB2, "location");
    static final Property TEXT_DIRECTORY = ResourceFactory.createProperty(TEXT, "directory");
    static final Resource TEXT_DATASET = ResourceFactory.createResource(TEXT + "TextDataset");
    static final Resource FUSEKI_SERVICE = ResourceFactory.createResource(FUSEKI + "Service");
    static final Property FUSEKI_NAME = ResourceFactory.createProperty(FUSEKI, "name");
    static final Property JA_CONTEXT = ResourceFactory.createProperty(JA, "context");
    static final Property JA_CXT_NAME = ResourceFactory.createProperty(JA, "cxtName");
    static final Property JA_CXT_VALUE = ResourceFactory.createProperty(JA, "cxtValue");

    private final Model model;
    private final Path database;

    private StoreConfiguration(Model model, Path database) {
        this.model = model;
        this.database = database;
    }

    /** The bundled description, pointed at a database directory. */
    public static StoreConfiguration bundled(Path database, Duration queryTimeout) {
        try (InputStream in = StoreConfiguration.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new StoreException("fuseki-config.ttl is missing from the jar (" + BUNDLED + ")");
            }
            Model model = ModelFactory.createDefaultModel();
            RDFParser.source(in).lang(Lang.TURTLE).base("file:///fuseki-config.ttl").parse(model);
            return configured(model, database, queryTimeout);
        } catch (IOException e) {
            throw new StoreException("cannot read the bundled fuseki-config.ttl: " + e.getMessage(), e);
        }
    }

    /** A description from a file, pointed at a database directory. */
    public static StoreConfiguration fromFile(Path file, Path database, Duration queryTimeout) {
        if (!Files.isReadable(file)) {
            throw new StoreException(file + ": no such configuration file");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        } catch (RiotException e) {
            throw new StoreException(file + ": not a valid Turtle configuration (" + e.getMessage() + ")", e);
        }
        return configured(model, database, queryTimeout);
    }

    private static StoreConfiguration configured(Model model, Path database, Duration queryTimeout) {
        Path db = database.toAbsolutePath().normalize();
        replaceObjects(model, TDB2_LOCATION, model.createLiteral(db.resolve("tdb2").toString()));
        replaceObjects(model, TEXT_DIRECTORY, model.createResource(db.resolve("text-index").toUri().toString()));
        List<Statement> timeouts = model.listStatements(null, JA_CXT_NAME, "arq:queryTimeout").toList();
        for (Statement s : timeouts) {
            s.getSubject().removeAll(JA_CXT_VALUE);
            s.getSubject().addProperty(JA_CXT_VALUE, Long.toString(queryTimeout.toMillis()));
        }
        return new StoreConfiguration(model, db);
    }

    private static void replaceObjects(Model model, Property property, RDFNode value) {
        List<Statement> statements = model.listStatements(null, property, (RDFNode) null).toList();
        if (statements.isEmpty()) {
            throw new StoreException("fuseki-config.ttl has no " + property.getLocalName() + " to point at the database");
        }
        for (Statement s : statements) {
            model.remove(s);
            model.add(s.getSubject(), property, value);
        }
    }

    /** The whole description, locations set: what Fuseki parses. */
    public Model model() {
        return model;
    }

    public Path database() {
        return database;
    }

    /**
     * The query timeout the description gives the server ({@code arq:queryTimeout}: milliseconds, or
     * "initial,overall", of which the overall one counts); zero when it sets none.
     */
    public Duration queryTimeout() {
        for (Statement s : model.listStatements(null, JA_CXT_NAME, "arq:queryTimeout").toList()) {
            Statement value = s.getSubject().getProperty(JA_CXT_VALUE);
            if (value == null || !value.getObject().isLiteral()) {
                continue;
            }
            String[] parts = value.getString().split(",");
            try {
                return Duration.ofMillis(Long.parseLong(parts[parts.length - 1].strip()));
            } catch (NumberFormatException e) {
                throw new StoreException("fuseki-config.ttl: arq:queryTimeout is not a number of milliseconds: " + value.getString());
            }
        }
        return Duration.ZERO;
    }

    /** The jena-text dataset resource that the service serves. */
    public Resource datasetResource() {
        List<Resource> datasets = model.listResourcesWithProperty(RDF.type, TEXT_DATASET).toList();
        if (datasets.size() != 1) {
            throw new StoreException("fuseki-config.ttl must describe exactly one text:TextDataset, found " + datasets.size());
        }
        return datasets.get(0);
    }

    /** The name of the service ("kg"), under which Fuseki serves the dataset. */
    public String serviceName() {
        List<Statement> names = model.listStatements(null, RDF.type, FUSEKI_SERVICE).toList();
        if (names.size() != 1) {
            throw new StoreException("fuseki-config.ttl must describe exactly one fuseki:Service, found " + names.size());
        }
        Statement name = names.get(0).getSubject().getProperty(FUSEKI_NAME);
        Literal literal = name == null ? null : name.getLiteral();
        return literal == null ? "" : literal.getString();
    }
}
