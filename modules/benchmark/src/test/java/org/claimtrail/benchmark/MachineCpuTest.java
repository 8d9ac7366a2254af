package org.claimtrail.benchmark;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The machine's busy cores from the kernel's counters: idle and I/O wait are idle, the rest is work. */
class MachineCpuTest {

    @Test
    void busyCoresAreTheBusyShareOfTheTicksTimesTheProcessors() {
        MachineCpu.Counters before = MachineCpu.Counters.parse(List.of(
                "cpu  1000 0 200 5000 100 0 50 0 0 0",
                "cpu0 500 0 100 2500 50 0 25 0 0 0",
                "cpu1 500 0 100 2500 50 0 25 0 0 0",
                "intr 12345"));
        // 200 ticks over two processors: 120 user, 20 system, 10 softirq busy; 40 idle, 10 waiting on I/O.
        MachineCpu.Counters after = MachineCpu.Counters.parse(List.of(
                "cpu  1120 0 220 5040 110 0 60 0 0 0",
                "cpu0 560 0 110 2520 55 0 30 0 0 0",
                "cpu1 560 0 110 2520 55 0 30 0 0 0"));
        assertThat(after.processors()).isEqualTo(2);
        assertThat(after.busyCoresSince(before)).isCloseTo(1.5, within(1e-9));
        assertThat(new MachineCpu.During<>("phase", 1.5).msPerOperation(3000)).isCloseTo(0.5, within(1e-9));
    }

    @Test
    void withoutTimePassingNothingIsKnown() {
        MachineCpu.Counters same = MachineCpu.Counters.parse(List.of("cpu  1 2 3 4 5 6 7 8 0 0", "cpu0 1 2 3 4 5 6 7 8 0 0"));
        assertThat(same.busyCoresSince(same)).isNaN();
    }
}
