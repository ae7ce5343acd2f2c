package org.stdkg.query;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The canned queries: every {@code *.rq} file of a directory, read and checked once. The bundled
 * catalogue is the project's {@code queries/} directory, copied into the jar under
 * {@code org/stdkg/queries}. Immutable and thread-safe.
 *
 * <p>Each query must have a title and a description, be a SELECT query, and bind with its
 * defaults; a file that does not is refused with a message naming it.
 */
public final class QueryCatalogue {

    /** Where the bundled queries live on the class path. */
    public static final String BUNDLED = "org/stdkg/queries";

    private final Map<String, CannedQuery> queries;

    private QueryCatalogue(Map<String, CannedQuery> queries) {
        this.queries = Collections.unmodifiableMap(queries);
    }

    /** The catalogue bundled in the jar, loaded on first use. */
    public static QueryCatalogue bundled() {
        return Bundled.CATALOGUE;
    }

    private static final class Bundled {
        static final QueryCatalogue CATALOGUE = loadBundled();
    }

    private static QueryCatalogue loadBundled() {
        URL url = QueryCatalogue.class.getClassLoader().getResource(BUNDLED);
        if (url == null) {
            throw new QueryDefinitionException("the canned queries are missing from the jar (" + BUNDLED + ")");
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fromDirectory(fs.getPath(BUNDLED));
            }
            return fromDirectory(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new QueryDefinitionException("cannot read the bundled canned queries: " + e.getMessage(), e);
        }
    }

    /** Reads every {@code *.rq} file of a directory (not its subdirectories). */
    public static QueryCatalogue fromDirectory(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new QueryDefinitionException(directory + ": no such query directory");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(directory)) {
            files = new ArrayList<>(list.filter(p -> p.getFileName().toString().endsWith(".rq")).toList());
        } catch (IOException e) {
            throw new QueryDefinitionException(directory + ": cannot list queries (" + e.getMessage() + ")", e);
        }
        files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        Map<String, CannedQuery> queries = new LinkedHashMap<>();
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String name = fileName.substring(0, fileName.length() - ".rq".length());
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new QueryDefinitionException(fileName + ": cannot read (" + e.getMessage() + ")", e);
            }
            queries.put(name, checked(CannedQuery.parse(name, text)));
        }
        return new QueryCatalogue(queries);
    }

    /** The catalogue's rules, beyond what any query file must satisfy. */
    static CannedQuery checked(CannedQuery query) {
        if (!query.text().lines().anyMatch(l -> l.strip().startsWith("# title:"))) {
            throw new QueryDefinitionException(query.name() + ": no '# title:' line");
        }
        if (query.description().isBlank()) {
            throw new QueryDefinitionException(query.name() + ": no '# description:' line");
        }
        if (!query.parsed().isSelectType()) {
            throw new QueryDefinitionException(query.name() + ": canned queries must be SELECT queries");
        }
        // Every query must run without parameters, so every parameter needs a default.
        for (QueryParam p : query.params()) {
            if (p.required()) {
                throw new QueryDefinitionException(query.name() + ": parameter '" + p.name() + "' has no default");
            }
        }
        QueryBinder.bind(query, Map.of());
        return query;
    }

    public List<CannedQuery> all() {
        return List.copyOf(queries.values());
    }

    public List<String> names() {
        return List.copyOf(queries.keySet());
    }

    public Optional<CannedQuery> get(String name) {
        return Optional.ofNullable(queries.get(name));
    }
}
