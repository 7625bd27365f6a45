package cn.gov.jinshan.congress.console;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A minimal browser for the console under test: keeps cookies per host and port (sending Secure
 * ones over plain HTTP to loopback, as browsers do for 127.0.0.1), follows no redirect by itself,
 * and reaches the console as the gateway would (X-Forwarded-Host 127.0.0.1:8080, the address the
 * {@code congress-console} client may redirect to). {@link #login} goes through the real Keycloak
 * login page with the authorization code flow, as a user does.
 */
public final class Browser {
  static final String PUBLIC_ORIGIN = "http://127.0.0.1:8080";
  private static final Pattern FORM_ACTION =
      Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

  private final String console;
  private final HttpClient http;
  private final Map<String, Map<String, String>> cookies = new ConcurrentHashMap<>();

  public Browser(int consolePort) {
    this.console = "http://127.0.0.1:" + consolePort;
    // HTTP/1.1 as browsers speak over plain http (they never try h2c)
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  /** Logs in through Keycloak's login page; answers the page the console shows afterwards. */
  public HttpResponse<String> login(String username) {
    HttpResponse<String> answer = get("/login");
    URI keycloak = URI.create(location(answer));
    HttpResponse<String> page = send(HttpRequest.newBuilder(keycloak).GET().build());
    Matcher action = FORM_ACTION.matcher(page.body());
    if (!action.find()) {
      throw new IllegalStateException("no login form on " + keycloak + ": " + page.statusCode());
    }
    HttpResponse<String> loggedIn =
        send(
            HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    form(
                        Map.of(
                            "username",
                            username,
                            "password",
                            username + "-pass",
                            "credentialId",
                            "")))
                .build());
    answer = follow(loggedIn);
    return answer;
  }

  public HttpResponse<String> get(String path) {
    return send(console(path).GET().build());
  }

  /** Follows redirects back into the console until a page answers. */
  public HttpResponse<String> follow(HttpResponse<String> answer) {
    HttpResponse<String> current = answer;
    for (int hops = 0; hops < 10 && isRedirect(current); hops++) {
      String target = location(current);
      if (!target.startsWith(PUBLIC_ORIGIN) && !target.startsWith("/")) {
        return current;
      }
      current = get(target.startsWith("/") ? target : target.substring(PUBLIC_ORIGIN.length()));
    }
    return current;
  }

  public HttpResponse<String> postForm(String path, Map<String, String> fields) {
    return send(
        console(path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(form(fields))
            .build());
  }

  /** A file a multipart form sends. */
  public record FilePart(String field, String fileName, String type, byte[] content) {}

  /** Posts a multipart/form-data form, as a browser does a form with a file input. */
  public HttpResponse<String> postMultipart(
      String path, Map<String, String> fields, List<FilePart> files) {
    String boundary = "----console-test-" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    for (FilePart file : files) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + file.field()
                  + "\"; filename=\""
                  + file.fileName()
                  + "\"\r\nContent-Type: "
                  + file.type()
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(file.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        console(path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .build());
  }

  /** The hidden CSRF token of a rendered form. */
  public static String csrfToken(String page) {
    return hidden(page, "csrf-token");
  }

  public static String hidden(String page, String name) {
    Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
    if (!m.find()) {
      throw new IllegalStateException("no hidden field " + name);
    }
    return m.group(1);
  }

  private HttpRequest.Builder console(String path) {
    return HttpRequest.newBuilder(URI.create(console + path))
        .header("X-Forwarded-Host", "127.0.0.1:8080")
        .header("X-Forwarded-Proto", "http");
  }

  private HttpResponse<String> send(HttpRequest request) {
    String site = request.uri().getAuthority();
    Map<String, String> jar = cookies.computeIfAbsent(site, s -> new ConcurrentHashMap<>());
    HttpRequest.Builder withCookies = HttpRequest.newBuilder(request, (name, value) -> true);
    if (!jar.isEmpty()) {
      withCookies.header(
          "Cookie",
          jar.entrySet().stream()
              .map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> answer =
          http.send(
              withCookies.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      keep(jar, answer.headers().allValues("Set-Cookie"));
      return answer;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void keep(Map<String, String> jar, List<String> setCookies) {
    for (String header : setCookies) {
      String pair = header.split(";", 2)[0];
      int eq = pair.indexOf('=');
      String name = pair.substring(0, eq).trim();
      String value = pair.substring(eq + 1).trim();
      boolean expired = header.toLowerCase().contains("max-age=0") || value.isEmpty();
      if (expired) {
        jar.remove(name);
      } else {
        jar.put(name, value);
      }
    }
  }

  private static boolean isRedirect(HttpResponse<?> answer) {
    return answer.statusCode() >= 300 && answer.statusCode() < 400;
  }

  static String location(HttpResponse<?> answer) {
    return answer
        .headers()
        .firstValue("Location")
        .orElseThrow(() -> new IllegalStateException("no Location: " + answer.statusCode()));
  }

  private static HttpRequest.BodyPublisher form(Map<String, String> fields) {
    return HttpRequest.BodyPublishers.ofString(
        fields.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&")));
  }
}
