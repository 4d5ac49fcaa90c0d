package org.partnershipsdk.benchmarks.streaming;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import tools.jackson.databind.node.ObjectNode;

/** Listens to every collector's notifications and keeps the most heap used before and after a collection. */
final class HeapWatch implements NotificationListener {
  private final Set<String> heapPools;
  private final List<NotificationEmitter> emitters;
  final AtomicLong beforeGc = new AtomicLong();
  final AtomicLong afterGc = new AtomicLong();
  final AtomicLong collections = new AtomicLong();

  private HeapWatch(List<MemoryPoolMXBean> heap) {
    heapPools = heap.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    emitters = ManagementFactory.getGarbageCollectorMXBeans().stream()
        .filter(NotificationEmitter.class::isInstance).map(NotificationEmitter.class::cast).toList();
  }

  /** @return the JVM's heap pools */
  static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(pool -> pool.getType() == MemoryType.HEAP).toList();
  }

  /**
   * Records the peak heap used (before a collection, or now if higher), the peak live heap and the limit.
   *
   * @param figures where they go
   * @param heap the heap pools watched
   */
  void putPeaks(ObjectNode figures, List<MemoryPoolMXBean> heap) {
    figures.put("peakHeapBytes", Math.max(beforeGc.get(), StreamingRun.usedNow(heap)));
    figures.put("peakLiveHeapBytes", afterGc.get());
    figures.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
  }

  static HeapWatch start(List<MemoryPoolMXBean> heap) {
    HeapWatch watch = new HeapWatch(heap);
    watch.emitters.forEach(emitter -> emitter.addNotificationListener(watch, null, null));
    return watch;
  }

  void stop() {
    for (NotificationEmitter emitter : emitters) {
      try {
        emitter.removeNotificationListener(this);
      } catch (javax.management.ListenerNotFoundException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  @Override
  public void handleNotification(Notification notification, Object handback) {
    if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
      return;
    }
    GarbageCollectionNotificationInfo info =
        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
    beforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
    afterGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
    collections.incrementAndGet();
  }

  private long heapUsed(Map<String, MemoryUsage> pools) {
    return pools.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
        .mapToLong(e -> e.getValue().getUsed()).sum();
  }
}
