package cn.gov.jinshan.congress.platform.json;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Refuses unknown fields in JSON request bodies, listing every one of them: a misspelt or
 * server-owned field must not be dropped silently (the client would believe it was stored).
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {
  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !type.getSubtype().toLowerCase().contains("json")) {
      return context.proceed();
    }
    try {
      return UnknownFields.collecting(context::proceed);
    } catch (IOException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
