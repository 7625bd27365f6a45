package cn.gov.jinshan.congress.voting.domain;

/** How a deputy took part: cast electronically, or was issued a paper ballot (发票). */
public enum BallotChannel {
  ELECTRONIC,
  PAPER
}
