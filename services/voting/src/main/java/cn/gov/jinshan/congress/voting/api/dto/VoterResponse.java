package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.DeputyCopy;
import java.util.UUID;

/** An entitled voter (local copy of an ACTIVE district deputy). */
public record VoterResponse(UUID id, String name, String level, String status) {
  public static VoterResponse from(DeputyCopy d) {
    return new VoterResponse(d.id(), d.name(), d.level(), d.status());
  }
}
