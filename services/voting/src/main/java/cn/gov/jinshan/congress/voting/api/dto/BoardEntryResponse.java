package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Choice;
import cn.gov.jinshan.congress.voting.query.BoardEntry;
import java.util.List;
import java.util.UUID;

/** One ballot on the public board: the receipt hash and the marks, nothing else. */
public record BoardEntryResponse(String receiptHash, List<Mark> choices) {

  /** A mark. */
  public record Mark(UUID candidateId, Choice choice) {}

  public static BoardEntryResponse from(BoardEntry e) {
    return new BoardEntryResponse(
        e.receiptHash(),
        e.marks().entrySet().stream()
            .sorted(
                java.util.Map.Entry.comparingByKey(java.util.Comparator.comparing(UUID::toString)))
            .map(m -> new Mark(m.getKey(), m.getValue()))
            .toList());
  }
}
