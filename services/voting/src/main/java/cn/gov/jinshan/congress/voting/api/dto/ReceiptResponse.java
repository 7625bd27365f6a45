package cn.gov.jinshan.congress.voting.api.dto;

/**
 * What the voter gets, once: the receipt code. Keep it to find the ballot on the public board after
 * the ballot closes; it is stored nowhere, so it cannot be sent again.
 */
public record ReceiptResponse(String receiptCode, boolean paper, String note) {}
