package fr.convergences.base.web;

import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import io.micronaut.context.ApplicationContext;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Lets Micronaut build Vaadin's views and components, so that they get constructor injection.
 * Registered through {@code META-INF/services}; the application context comes from the servlet
 * context, where {@link WebServer} put it.
 */
public class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public @Nullable Instantiator createInstantitor(VaadinService service) {
        if (!(service instanceof VaadinServletService servletService)) {
            return null;
        }
        Object context =
                servletService.getServlet().getServletContext().getAttribute(ApplicationContext.class.getName());
        if (!(context instanceof ApplicationContext applicationContext)) {
            return null; // not our server: let Vaadin use its default instantiator
        }
        return new MicronautInstantiator(service, applicationContext);
    }

    static final class MicronautInstantiator extends DefaultInstantiator {
        private final ApplicationContext context;

        MicronautInstantiator(VaadinService service, ApplicationContext context) {
            super(service);
            this.context = context;
        }

        @Override
        public <T> T getOrCreate(Class<T> type) {
            // Views and components are @Prototype beans; anything else Vaadin asks for is built as usual.
            return context.findBean(type).orElseGet(() -> super.getOrCreate(type));
        }

        @Override
        public Stream<VaadinServiceInitListener> getServiceInitListeners() {
            return Stream.concat(
                    super.getServiceInitListeners(), context.getBeansOfType(VaadinServiceInitListener.class).stream());
        }

        @Override
        public I18NProvider getI18NProvider() {
            return context.getBean(I18NProvider.class);
        }
    }
}
