package cn.gov.jinshan.congress.supervision.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The department's report to the hearing: text plus attachment metadata (files live elsewhere). */
public record SubmitReport(
    @NotBlank @Size(max = 100000) String text,
    @Valid @Size(max = 20) List<AttachmentMeta> attachments) {

  /** Metadata of one attached file. */
  public record AttachmentMeta(
      @NotBlank @Size(max = 200) String fileName,
      @NotBlank @Size(max = 100) String mediaType,
      @Min(0) long sizeBytes,
      @Size(max = 500) String storageRef) {}
}
