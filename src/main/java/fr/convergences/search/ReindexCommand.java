package fr.convergences.search;

import fr.convergences.base.cli.ContextCommand;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import org.apache.lucene.store.LockObtainFailedException;
import picocli.CommandLine.Command;

/**
 * {@code reindex}: rebuilds the whole search index from PostgreSQL, printing its progress. The
 * running server holds the index, so run it with the server stopped (or use the administration page).
 */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the database (with the server stopped).")
public class ReindexCommand extends ContextCommand {

    PrintStream out = System.out;

    @Override
    public int run(ApplicationContext context) {
        SearchIndex index = context.getBean(SearchIndex.class);
        try {
            index.writer();
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof LockObtainFailedException) {
                out.println("The search index at " + index.path() + " is in use by a running server: stop it first, "
                        + "or rebuild from the administration page (administration/recherche).");
                return OPERATIONAL_ERROR;
            }
            throw e;
        }
        int[] lastPercent = {-1};
        long indexed = context.getBean(IndexRebuilder.class).rebuild("reindex command", progress -> {
            int percent = (int) Math.floor(progress.fraction() * 100);
            if (progress.state() == IndexRebuilder.State.RUNNING && percent / 10 > lastPercent[0] / 10) {
                out.println(
                        "Indexed " + progress.done() + " / " + progress.total() + " contributions (" + percent + " %)");
                lastPercent[0] = percent;
            }
        });
        context.getBean(IndexUpdater.class).applyPending();
        out.println("Search index rebuilt: " + indexed + " contributions.");
        return 0;
    }
}
