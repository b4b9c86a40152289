package org.kpidocs.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Heap used while a phase runs, from the JVM's own accounting.
 *
 * <p><b>Peak used</b> comes from GC notifications ({@link GarbageCollectionNotificationInfo}): the
 * heap only fills between collections, so its occupancy summed over the heap pools just before each
 * collection is the true high-water mark at that moment; the largest such sum (or the occupancy at
 * the end, if it is larger) is reported. With G1 the young generation grows into whatever
 * {@code -Xmx} allows, so this figure follows the heap limit as much as the work, and under
 * {@code -Xmx512m} it is below 512 MiB by construction.
 *
 * <p><b>Live</b> is what the work really holds: the heap right after a <i>full</i> collection. Young
 * collections leave old-generation garbage in place, so only collections caused by
 * {@code System.gc()} (full and stop-the-world in G1 unless {@code -XX:+ExplicitGCInvokesConcurrent})
 * are counted; the benchmark forces them in a separate phase while renders are in flight.
 *
 * <p><b>Pool peaks</b> ({@link MemoryPoolMXBean#getPeakUsage()} after {@code resetPeakUsage()}) are
 * kept as a cross-check: each pool's own high-water mark, summed. The pools peak at different
 * moments (eden just before a collection, survivor and old just after), so the sum is an upper
 * bound, not an occupancy the heap ever had.
 */
final class HeapWatch implements AutoCloseable {

    private static final long MIB = 1024 * 1024;

    private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
    private final Set<String> heapPools = pools.stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong peakBeforeGc = new AtomicLong();
    private final AtomicLong maxAfterFullGc = new AtomicLong();
    private final AtomicInteger fullCollections = new AtomicInteger();
    private final AtomicInteger collections = new AtomicInteger();
    private final AtomicLong gcMillis = new AtomicLong();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::onNotification;

    /** Starts watching: peaks are reset and every collector is listened to. */
    HeapWatch() {
        pools.forEach(MemoryPoolMXBean::resetPeakUsage);
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    private void onNotification(Notification n, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(n.getType())) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
        peakBeforeGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
        if ("System.gc()".equals(info.getGcCause())) {
            maxAfterFullGc.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            fullCollections.incrementAndGet();
        }
        collections.incrementAndGet();
        gcMillis.addAndGet(info.getGcInfo().getDuration());
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> heapPools.contains(e.getKey()))
                .mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** What was seen so far; call after the phase (GC notifications arrive on their own thread, shortly after). */
    Result result() {
        long now = pools.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
        long poolPeaks = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        return new Result(Math.max(peakBeforeGc.get(), now), poolPeaks, collections.get(), gcMillis.get(),
                maxAfterFullGc.get(), fullCollections.get());
    }

    @Override
    public void close() {
        for (NotificationEmitter e : emitters) {
            try {
                e.removeNotificationListener(listener);
            } catch (ListenerNotFoundException ignored) {
                // already gone
            }
        }
    }

    /** The heap limit in effect ({@code -Xmx}, or the JVM's default of a quarter of the memory). */
    static long maxHeapBytes() {
        var hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return hotspot == null ? Runtime.getRuntime().maxMemory() : Long.parseLong(hotspot.getVMOption("MaxHeapSize").getValue());
    }

    /** Whether {@code -Xmx} (or {@code -XX:MaxHeapSize}) was given on the command line. */
    static boolean maxHeapGiven() {
        return ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .anyMatch(a -> a.startsWith("-Xmx") || a.startsWith("-XX:MaxHeapSize"));
    }

    /** Names of the collectors in use, e.g. "G1 Young Generation, G1 Old Generation". */
    static String collectors() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
    }

    static double mib(long bytes) {
        return (double) bytes / MIB;
    }

    /**
     * @param peakUsed    highest heap occupancy seen (before a collection, or at the end)
     * @param poolPeaks   sum of the heap pools' own peaks, an upper bound
     * @param collections collections during the phase
     * @param gcMillis    their summed duration as the JVM reports it (pauses, for G1's young and full collections)
     * @param maxLive     highest occupancy right after a {@code System.gc()} collection, 0 if none ran
     * @param liveSamples how many such collections ran
     */
    record Result(long peakUsed, long poolPeaks, int collections, long gcMillis, long maxLive, int liveSamples) {
    }
}
