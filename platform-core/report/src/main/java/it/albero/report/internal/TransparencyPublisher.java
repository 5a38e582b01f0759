package it.albero.report.internal;

import java.util.Hashtable;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

import it.albero.api.report.ReportService;
import it.albero.api.store.PlanStore;

/**
 * Publishes the public page {@code /trasparenza/} (HTTP Whiteboard) while {@code trasparenza.enabled} of PID
 * {@code it.albero.report} is true, the default; when false, no servlet is registered and the path is 404. A change of
 * the configuration restarts this component, which registers or not accordingly.
 */
@Component(immediate = true, configurationPid = "it.albero.report", configurationPolicy = ConfigurationPolicy.OPTIONAL)
public class TransparencyPublisher {

    static final String PATTERN = "/trasparenza/*";

    private final ServiceRegistration<Servlet> registration;

    @Activate
    public TransparencyPublisher(BundleContext context, @Reference PlanStore plans, @Reference ReportService reports,
                                 ReportConfig config) {
        if (!config.trasparenza_enabled() || !(reports instanceof ReportServiceImpl impl)) {
            registration = null;
            return;
        }
        Hashtable<String, Object> props = new Hashtable<>();
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN, PATTERN);
        props.put(HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_NAME, "albero-trasparenza");
        registration = context.registerService(Servlet.class, new TransparencyServlet(plans, impl), props);
    }

    @Deactivate
    void deactivate() {
        if (registration != null) {
            registration.unregister();
        }
    }
}
