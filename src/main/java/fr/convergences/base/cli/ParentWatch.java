package fr.convergences.base.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.OptionalLong;

/**
 * Notices that the process which started this one has ended: this process is then handed to another parent, so its
 * parent id changes. Polled rather than {@code ProcessHandle.onExit()}, which was seen never to fire for a parent killed
 * with SIGKILL inside a sandbox (the JDK's check of the parent's start time disagreed with the kernel).
 */
final class ParentWatch {

    private static final Path STATUS = Path.of("/proc/self/status");

    private final OptionalLong first;

    private ParentWatch(OptionalLong first) {
        this.first = first;
    }

    /** Remembers the parent now, before a long start: a parent killed meanwhile is then noticed too. */
    static ParentWatch ofCurrentParent() {
        return new ParentWatch(parentId());
    }

    /** Runs {@code then} on a daemon thread once the remembered parent has ended (at once if it already has). */
    void onExit(Runnable then) {
        if (first.isEmpty()) {
            return;
        }
        Thread.ofPlatform().daemon().name("parent-watch").start(() -> {
            try {
                while (parentId().equals(first)) {
                    Thread.sleep(Duration.ofSeconds(1));
                }
                then.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
    }

    private static OptionalLong parentId() {
        if (Files.isReadable(STATUS)) {
            try {
                for (String line : Files.readAllLines(STATUS)) {
                    if (line.startsWith("PPid:")) {
                        return OptionalLong.of(
                                Long.parseLong(line.substring("PPid:".length()).strip()));
                    }
                }
            } catch (IOException | NumberFormatException e) {
                // fall back to the JDK's view below
            }
        }
        return ProcessHandle.current()
                .parent()
                .map(parent -> OptionalLong.of(parent.pid()))
                .orElse(OptionalLong.empty());
    }
}
