package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** Who was present at the meeting: members (may rate) and deputies (counted by deputies). */
public record RecordAttendance(@NotEmpty @Size(max = 500) List<@Valid Present> attendees) {

  /**
   * One person present.
   *
   * @param memberId a Standing Committee member's login subject
   * @param deputyId the deputy id, when the person is a deputy
   */
  public record Present(
      @Size(max = 100) String memberId, UUID deputyId, @NotBlank @Size(max = 50) String name) {
    @AssertTrue(message = "give memberId or deputyId")
    public boolean isIdentified() {
      return (memberId != null && !memberId.isBlank()) || deputyId != null;
    }
  }
}
