package it.albero.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * The UI's files (scripts, styles, Bootstrap Italia, Chart.js, fonts) at {@code /albero/static/}, from the bundle's
 * {@code ui/} folder: all inside the distribution, nothing from a CDN.
 */
@Component(service = UiResources.class)
@HttpWhiteboardResource(pattern = "/albero/static/*", prefix = "/ui")
public class UiResources {
}
