package cn.gov.jinshan.congress.voting.api.dto;

import cn.gov.jinshan.congress.voting.domain.Tally;

/** A recount of the public board, compared with the published result. */
public record RecountResponse(
    boolean matchesPublishedResult,
    int ballotsOnBoard,
    String boardDigest,
    String publishedBoardDigest,
    Tally recount) {}
