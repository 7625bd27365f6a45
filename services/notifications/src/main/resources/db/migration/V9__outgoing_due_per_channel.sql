-- The dispatcher claims what is due channel by channel, so that an SMTP server that is away holds
-- back only the e-mails: the claim's index leads with the channel.
DROP INDEX outgoing_message_due;
CREATE INDEX outgoing_message_due ON outgoing_message (channel, not_before) WHERE state = 'PENDING';
