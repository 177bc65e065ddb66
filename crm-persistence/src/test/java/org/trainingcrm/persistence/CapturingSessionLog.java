package org.trainingcrm.persistence;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.event.Level;
import org.trainingcrm.persistence.jpa.Slf4jSessionLog;

/**
 * The SLF4J session log with every level on, keeping every line it makes; the lines the host's
 * binding takes still go to it, so a console check sees what the real log would print.
 */
final class CapturingSessionLog extends Slf4jSessionLog {

    final List<String> lines = new CopyOnWriteArrayList<>();

    @Override
    protected boolean enabled(Level level, String logger) {
        return true;
    }

    @Override
    protected void write(Level level, String logger, String message) {
        lines.add(level + " " + logger + " " + message);
        if (super.enabled(level, logger)) {
            super.write(level, logger, message);
        }
    }
}
