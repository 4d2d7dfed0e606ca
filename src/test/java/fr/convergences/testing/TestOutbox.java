package fr.convergences.testing;

import fr.convergences.identity.notification.OutboxDelivery;
import java.time.Duration;

/**
 * Delivers the notification outbox and waits until nothing is left in it. {@link OutboxDelivery#runOnce()} alone skips
 * the rows that the platform's own schedule holds at that moment (SKIP LOCKED), so a test that reads notifications just
 * after it could miss those that the schedule is about to commit, or the mails it is still sending.
 */
public final class TestOutbox {

    private TestOutbox() {}

    public static void deliverAll(TestPlatform platform) {
        TestSql sql = new TestSql(platform);
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        do {
            platform.bean(OutboxDelivery.class).runOnce();
        } while ((sql.count("SELECT count(*) FROM notification_outbox WHERE delivered_at IS NULL") > 0
                        || sql.count(
                                        "SELECT count(*) FROM notification_job WHERE expanded_at IS NULL AND audience = 'given'")
                                > 0
                        || sql.count("SELECT count(*) FROM notification_outbox_mail") > 0
                        // the schedule's run may have taken the last rows and still be sending their mails
                        || !platform.bean(OutboxDelivery.class).idle())
                && System.nanoTime() < deadline);
    }
}
