package org.stdkg.store;

import java.lang.reflect.Field;
import java.util.Hashtable;

import org.apache.jena.query.text.analyzer.ConfigurableAnalyzer;
import org.apache.jena.query.text.assembler.GenericFilterAssembler.FilterSpec;
import org.slf4j.LoggerFactory;

/**
 * Makes jena-text's {@link ConfigurableAnalyzer} (the analyzer {@code fuseki-config.ttl} gives the
 * text index: standard tokenizer, ASCII folding, lower case) safe to use from many threads.
 *
 * <p>jena-text 5.6.0 builds each filter of a token stream by writing the stream it filters into
 * the argument array of a static, shared filter description and then calling the filter's
 * constructor with that array. Lucene builds a thread's token stream the first time the thread
 * uses the analyzer, so two threads doing so at the same moment can each build a filter over the
 * other's tokenizer; the thread whose filter reads the other's tokenizer then fails every later
 * analysis ("TokenStream contract violation"): under 32 clients, searches and {@code text:query}
 * answered 500 on one server thread for the rest of its life ({@code bench/load.sh}). The fix
 * replaces the static table of filter descriptions by one that hands out a copy with its own
 * argument array on every lookup. Idempotent; does nothing (with a warning) if a later jena-text
 * has changed the field.
 */
public final class TextAnalyzers {

    private static boolean installed;

    private TextAnalyzers() {
    }

    @SuppressWarnings("unchecked")
    /** Installs the fix (once per JVM); call before the text index analyses anything. */
    public static synchronized void install() {
        if (installed) {
            return;
        }
        installed = true;
        try {
            Field field = ConfigurableAnalyzer.class.getDeclaredField("filterSpecs");
            field.setAccessible(true);
            Hashtable<String, FilterSpec> shared = (Hashtable<String, FilterSpec>) field.get(null);
            Hashtable<String, FilterSpec> copying = new Hashtable<>() {
                private static final long serialVersionUID = 1L;

                @Override
                public synchronized FilterSpec get(Object key) {
                    FilterSpec spec = super.get(key);
                    return spec == null ? null : new FilterSpec(spec.clazz, spec.paramClasses, spec.paramValues.clone());
                }
            };
            copying.putAll(shared);
            field.set(null, copying);
        } catch (ReflectiveOperationException | RuntimeException e) {
            LoggerFactory.getLogger(TextAnalyzers.class).warn("cannot make jena-text's ConfigurableAnalyzer thread-safe ({}); "
                    + "concurrent searches may fail", e.toString());
        }
    }
}
