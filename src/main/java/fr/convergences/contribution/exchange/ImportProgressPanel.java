package fr.convergences.contribution.exchange;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.Command;
import fr.convergences.base.UserFacingException;
import java.util.concurrent.ExecutorService;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the commit of an import on a background thread and shows its progress. The page polls while
 * it runs: polling needs no server push for the whole application (nor WebSockets through proxies),
 * and an update every half second is plenty for an import that lasts seconds. A page closed meanwhile
 * does not stop the import, which carries on to its end.
 */
class ImportProgressPanel extends Div {

    private static final Logger LOG = LoggerFactory.getLogger(ImportProgressPanel.class);
    private static final int POLL_MILLIS = 500;

    private final ProgressBar bar = new ProgressBar();
    private final Paragraph text = new Paragraph();

    ImportProgressPanel() {
        setId("import-progress");
        bar.getElement().setAttribute("aria-label", getTranslation("exchange.progress.label"));
        text.setId("import-progress-text");
        add(bar, text);
        setVisible(false);
    }

    void run(
            ExecutorService executor,
            Function<ImportProgress, ImportReport> commit,
            Consumer<ImportReport> onReport,
            Consumer<UserFacingException> onRefusal) {
        UI ui = UI.getCurrent();
        show(0, 0);
        setVisible(true);
        ui.setPollInterval(POLL_MILLIS);
        executor.execute(() -> {
            try {
                ImportReport report = commit.apply((rows, fraction) -> later(ui, () -> show(rows, fraction)));
                later(ui, () -> onReport.accept(report));
            } catch (UserFacingException refusal) {
                later(ui, () -> onRefusal.accept(refusal));
            } catch (RuntimeException failure) {
                LOG.error("An import failed; its transaction was rolled back", failure);
                later(ui, () -> onRefusal.accept(new UserFacingException("exchange.commit.failed")));
            } finally {
                later(ui, () -> {
                    ui.setPollInterval(-1);
                    setVisible(false);
                });
            }
        });
    }

    private void show(long rows, double fraction) {
        bar.setValue(fraction);
        text.setText(getTranslation("exchange.progress", rows));
    }

    private static void later(UI ui, Command change) {
        try {
            ui.access(change);
        } catch (UIDetachedException closed) {
            // nobody left to show it to
        }
    }
}
