package dev.gantry.workflow.cron;

import java.util.List;
import java.util.Objects;

/** The outcome of {@link CronSchedule#parse}: a schedule, or every error found (at least one). */
public sealed interface CronParse {

    record Valid(CronSchedule schedule) implements CronParse {
        public Valid {
            Objects.requireNonNull(schedule, "schedule");
        }
    }

    record Invalid(List<CronError> errors) implements CronParse {
        public Invalid {
            errors = List.copyOf(errors);
            if (errors.isEmpty()) {
                throw new IllegalArgumentException("an invalid parse needs at least one error");
            }
        }
    }

    default List<CronError> errors() {
        return switch (this) {
            case Valid valid -> List.of();
            case Invalid invalid -> invalid.errors;
        };
    }
}
