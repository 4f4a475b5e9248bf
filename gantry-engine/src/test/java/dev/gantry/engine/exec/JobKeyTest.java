package dev.gantry.engine.exec;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobKeyTest {

    @Test
    void parse_reads_what_to_string_writes() {
        for (JobKey key : new JobKey[] {JobKey.of("build"), JobKey.of("test", 0), JobKey.of("test", 12),
                JobKey.of("odd[name]"), JobKey.of("odd[x]", 3)}) {
            assertThat(JobKey.parse(key.toString())).isEqualTo(key);
        }
    }

    @Test
    void a_bracket_that_is_not_an_index_stays_part_of_the_id() {
        assertThat(JobKey.parse("odd[name]")).isEqualTo(JobKey.of("odd[name]"));
        assertThat(JobKey.parse("[3]")).isEqualTo(JobKey.of("[3]"));
    }
}
