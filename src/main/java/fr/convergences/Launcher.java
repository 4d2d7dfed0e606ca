package fr.convergences;

import java.lang.reflect.InvocationTargetException;

/**
 * The jar's entry point, compiled for Java 8 so that any Java can load it and say in one sentence what is needed,
 * instead of the class-file-version error a newer class gives on an older Java. On Java 21 or newer it hands over to
 * {@link Application} (through reflection, so that an old Java never has to link it).
 */
public final class Launcher {

    static final int REQUIRED = 21;

    private Launcher() {}

    public static void main(String[] args) throws Throwable {
        int running = feature(System.getProperty("java.specification.version"));
        if (running < REQUIRED) {
            System.err.println("Convergences needs Java " + REQUIRED + " or newer, and this is Java " + running
                    + " (" + System.getProperty("java.home") + "). Start it with a newer one, for example: "
                    + "/usr/lib/jvm/<a JDK " + REQUIRED + "+>/bin/java -jar target/convergences.jar");
            System.exit(2);
        }
        try {
            Class.forName("fr.convergences.Application")
                    .getMethod("main", String[].class)
                    .invoke(null, (Object) args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** "1.8" is Java 8, "17" is Java 17. */
    static int feature(String specificationVersion) {
        String version =
                specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        int end = 0;
        while (end < version.length() && Character.isDigit(version.charAt(end))) {
            end++;
        }
        return end == 0 ? 0 : Integer.parseInt(version.substring(0, end));
    }
}
