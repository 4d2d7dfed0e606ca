package fr.convergences.base.operations;

import fr.convergences.base.UserFacingException;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/** Records each call of a {@link Measured} method: its duration, and whether it was done, refused or failed. */
@Singleton
@InterceptorBean(Measured.class)
public class MeasuredInterceptor implements MethodInterceptor<Object, Object> {

    private final MeterRegistry registry;

    public MeasuredInterceptor(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public @Nullable Object intercept(MethodInvocationContext<Object, Object> context) {
        String name = context.stringValue(Measured.class).orElseThrow();
        String[] tags = context.stringValues(Measured.class, "tags");
        long start = System.nanoTime();
        String outcome = "failed";
        try {
            Object result = context.proceed();
            outcome = "done";
            return result;
        } catch (UserFacingException refused) {
            outcome = "refused";
            throw refused;
        } finally {
            // Buckets, so that Prometheus can compute p95 and p99 across nodes (a summary's quantiles cannot be added
            // up).
            Timer.builder(name)
                    .tags(tags)
                    .tag("outcome", outcome)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(java.time.Duration.ofMillis(1))
                    .maximumExpectedValue(java.time.Duration.ofSeconds(30))
                    .register(registry)
                    .record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        }
    }
}
