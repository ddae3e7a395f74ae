package org.w3id.unld.cli;

import org.w3id.unld.store.StoreUnavailableException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The {@code unld} command line: extract, validate, ingest, serve, dump, load, stats, compact. */
@Command(name = "unld",
        mixinStandardHelpOptions = true,
        versionProvider = Unld.Version.class,
        description = "United Nations documents as linked data: reads UN documents (text, Markdown, PDF, DOCX), "
                + "extracts their metadata, publishes it as RDF in a TDB2 store served by Fuseki.",
        subcommands = {
                ExtractCommand.class,
                ValidateCommand.class,
                IngestCommand.class,
                ServeCommand.class,
                DumpCommand.class,
                LoadCommand.class,
                StatsCommand.class,
                CompactCommand.class,
                CommandLine.HelpCommand.class
        },
        footer = {"", "Exit codes: 0 all went well; 1 some documents were rejected (each reported); 2 usage or configuration error; "
                + "3 the changes were stored but could not be published (--publish: they are sent next time).",
                "Run 'unld COMMAND --help' for the options of a command."})
public final class Unld implements Runnable {
    /** Exit code when some documents were rejected. */
    public static final int REJECTED = 1;
    /** Exit code for a usage or configuration error. */
    public static final int USAGE = 2;
    /** Exit code when the changes were stored but could not be sent to the replication topic. */
    public static final int UNPUBLISHED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cl = commandLine();
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // An Error passes picocli's handler; by the time it reaches here the command's memory is free again.
            cl.getErr().println("unld: out of memory: the Java heap (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB) is too small for this work; run java with a larger heap, e.g. java -Xmx2g -jar unld.jar "
                    + String.join(" ", args));
            return USAGE;
        }
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Unld());
        cl.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof StoreUnavailableException || e instanceof UserError) {
                cmd.getErr().println("unld: " + e.getMessage());
                return USAGE;
            }
            cmd.getErr().println("unld: internal error: " + e + " (this is a defect of unld; please report it with the command you ran)");
            if (Boolean.getBoolean("unld.debug")) {
                e.printStackTrace(cmd.getErr());
            }
            return USAGE;
        });
        cl.setExitCodeExceptionMapper(e -> USAGE);
        return cl;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version Maven wrote into the jar. */
    public static String version() {
        try (InputStream in = Unld.class.getClassLoader().getResourceAsStream("unld/version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"unld " + version(), "Apache Jena " + org.apache.jena.sys.JenaSystem.class.getPackage().getImplementationVersion(),
                    "Java " + System.getProperty("java.version")};
        }
    }
}
