package org.stdkg.cli;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * SIGTERM and SIGINT as a request to stop: the first one runs the given action (a graceful stop)
 * and the process then ends normally, with exit code 0, instead of the JVM's default 143 or 130
 * for a signal; a second signal gets the JVM's default handling.
 *
 * <p>The JVM offers this only through {@code sun.misc.Signal} (module jdk.unsupported, exported to
 * all). It is reached by reflection because javac warns about every direct use of it, a warning
 * no annotation can silence; where it is missing, the shutdown hook still stops gracefully.
 */
final class StopSignals {

    private static final List<String> NAMES = List.of("TERM", "INT");

    private StopSignals() {
    }

    /**
     * Installs the handlers.
     *
     * @return whether they could be installed on this JVM
     */
    static boolean install(Runnable onStop) {
        try {
            Class<?> signalClass = Class.forName("sun.misc.Signal");
            Class<?> handlerClass = Class.forName("sun.misc.SignalHandler");
            Constructor<?> signal = signalClass.getConstructor(String.class);
            Method handle = signalClass.getMethod("handle", signalClass, handlerClass);
            Object defaultHandler = handlerClass.getField("SIG_DFL").get(null);
            AtomicBoolean fired = new AtomicBoolean();
            Object handler = Proxy.newProxyInstance(StopSignals.class.getClassLoader(), new Class<?>[] {handlerClass},
                    (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "handle" -> {
                                for (String name : NAMES) {
                                    handle.invoke(null, signal.newInstance(name), defaultHandler);
                                }
                                if (fired.compareAndSet(false, true)) {
                                    onStop.run();
                                }
                                return null;
                            }
                            case "hashCode" -> {
                                return System.identityHashCode(proxy);
                            }
                            case "equals" -> {
                                return proxy == args[0];
                            }
                            default -> {
                                return "stdkg stop handler";
                            }
                        }
                    });
            for (String name : NAMES) {
                handle.invoke(null, signal.newInstance(name), handler);
            }
            return true;
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return false;
        }
    }
}
