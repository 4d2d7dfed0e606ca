package fr.convergences.debate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * Keeps figures of an open page up to date (seats taken and freed by other people) by polling: the platform has no
 * server push (no {@code @Push}: it would hold a WebSocket per visitor and need sticky connections through the load
 * balancer), and a poll every few seconds while the page is attached is cheap for counts read from an index. Polling
 * stops when the page is left.
 */
public final class LiveRefresh {

    /** Often enough for seats that go within minutes, rare enough for a crowded page (one small query per poll). */
    public static final int POLL_MILLIS = 5000;

    // Both null while nothing is followed (before the first follow and after stop)
    private @Nullable Registration polling;
    private @Nullable Registration detach;

    /** Runs the refresh at each poll while the component is attached; replaces any earlier refresh. */
    public void follow(Component component, Runnable refresh) {
        stop();
        component
                .getUI()
                .ifPresentOrElse(
                        ui -> start(ui, component, refresh),
                        () -> polling = component.addAttachListener(attached -> {
                            stop();
                            start(attached.getUI(), component, refresh);
                        }));
    }

    private void start(UI ui, Component component, Runnable refresh) {
        ui.setPollInterval(POLL_MILLIS);
        Registration poll = ui.addPollListener(event -> refresh.run());
        polling = () -> {
            poll.remove();
            ui.setPollInterval(-1);
        };
        detach = component.addDetachListener(detached -> stop());
    }

    public void stop() {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        if (detach != null) {
            detach.remove();
            detach = null;
        }
    }
}
