package fr.convergences.base.operations;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /api/ready}: what a load balancer asks before sending people to this node. 200 when every
 * {@link ReadinessCheck} passes; 503 naming the checks that do not (a node whose index is still catching up, or whose
 * database is out of reach, is alive but should not serve yet). {@code /api/health} stays the liveness answer that a
 * supervisor uses to restart the process; a node that is merely not ready must not be restarted.
 */
@Controller("/api")
@Hidden
public class ReadinessController {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessController.class);

    private final List<ReadinessCheck> checks;

    public ReadinessController(List<ReadinessCheck> checks) {
        this.checks = checks;
    }

    @Get("/ready")
    public HttpResponse<Map<String, Object>> ready() {
        List<String> failing = new ArrayList<>();
        for (ReadinessCheck check : checks) {
            Optional<String> reason = notReady(check);
            if (reason.isPresent()) {
                failing.add(check.name());
                LOG.debug("Not ready: {}: {}", check.name(), reason.get());
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", failing.isEmpty() ? "READY" : "NOT_READY");
        if (!failing.isEmpty()) {
            body.put("waitingFor", failing);
        }
        return HttpResponse.<Map<String, Object>>status(
                        failing.isEmpty() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(body);
    }

    private static Optional<String> notReady(ReadinessCheck check) {
        try {
            return check.notReadyBecause();
        } catch (RuntimeException e) {
            return Optional.of(String.valueOf(e.getMessage()));
        }
    }
}
