package it.albero.rest.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** A static page at {@code /api/} that says where the API and its OpenAPI document are (served by Jetty). */
@Component(service = ApiDocs.class)
@HttpWhiteboardResource(pattern = "/api/*", prefix = "/static")
public class ApiDocs {
}
