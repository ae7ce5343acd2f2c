package org.stdkg.extract;

import org.apache.jena.datatypes.xsd.XSDDatatype;

/** The object of a {@link Fact}: another mentioned entity, a literal, or a fixed resource of the ontology. */
public sealed interface Value {

    /** An entity named by a mention. */
    record Entity(Mention mention) implements Value {
    }

    /** A literal with its datatype IRI ({@code xsd:string}, {@code xsd:date}, …). */
    record Literal(String lexical, String datatype) implements Value {

        public static Literal string(String text) {
            return new Literal(text, XSDDatatype.XSDstring.getURI());
        }

        /** A date, year-month or year, typed by its form: 2025-12-02, 2025-12, 2025. */
        public static Literal date(String iso) {
            XSDDatatype type = switch (iso.length()) {
                case 4 -> XSDDatatype.XSDgYear;
                case 7 -> XSDDatatype.XSDgYearMonth;
                default -> XSDDatatype.XSDdate;
            };
            return new Literal(iso, type.getURI());
        }
    }

    /** A resource of the ontology, such as {@code kg:Published}. */
    record Resource(String iri) implements Value {
    }

    static Value entity(Mention mention) {
        return new Entity(mention);
    }
}
