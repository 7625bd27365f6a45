package cn.gov.jinshan.congress.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RequestHashTest {
  private final ObjectMapper json = new ObjectMapper();

  @Test
  void theSameRequestHashesTheSameWhateverItsMapsOrder() {
    Map<String, Object> one = new LinkedHashMap<>();
    one.put("fileName", "photo.png");
    one.put("sha256", "ab12");
    Map<String, Object> other = new LinkedHashMap<>();
    other.put("sha256", "ab12");
    other.put("fileName", "photo.png");

    assertThat(IdempotentRequests.requestHash(json, one))
        .isEqualTo(IdempotentRequests.requestHash(json, other));
  }

  @Test
  void anotherRequestHashesDifferently() {
    assertThat(IdempotentRequests.requestHash(json, Map.of("fileName", "a.png")))
        .isNotEqualTo(IdempotentRequests.requestHash(json, Map.of("fileName", "b.png")));
  }
}
