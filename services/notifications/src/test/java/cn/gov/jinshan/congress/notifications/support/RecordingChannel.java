package cn.gov.jinshan.congress.notifications.support;

import cn.gov.jinshan.congress.notifications.service.Outgoing;
import cn.gov.jinshan.congress.notifications.service.OutgoingChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** An outgoing channel that keeps what it is handed, as an e-mail channel would receive it. */
@ApplicationScoped
public class RecordingChannel implements OutgoingChannel {
  private final Queue<Outgoing> received = new ConcurrentLinkedQueue<>();

  @Override
  public void accept(Outgoing message) {
    received.add(message);
  }

  /** What was handed over for one source. */
  public List<Outgoing> of(String sourceId) {
    return received.stream().filter(m -> m.sourceId().equals(sourceId)).toList();
  }
}
