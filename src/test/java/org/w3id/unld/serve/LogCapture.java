package org.w3id.unld.serve;

import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.Filter;
import org.apache.logging.log4j.core.Layout;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;

import java.io.Serializable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts what unld's log would print while it is open: an appender on the root logger with the layout and the
 * filter of the configured console appender (src/main/resources/log4j2.properties), so that the count includes
 * the configuration's truncation of long messages and its rate limit.
 */
final class LogCapture implements AutoCloseable {
    private final AtomicLong characters = new AtomicLong();
    private final Appender appender;
    private final LoggerConfig root;

    private LogCapture() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        Appender console = config.getAppender("stderr");
        if (console == null) {
            throw new IllegalStateException("unld's log configuration has no appender named stderr");
        }
        @SuppressWarnings("unchecked")
        Layout<? extends Serializable> layout = (Layout<? extends Serializable>) console.getLayout();
        Filter filter = console instanceof AbstractAppender a ? a.getFilter() : null;
        appender = new AbstractAppender("capture", filter, layout, true, Property.EMPTY_ARRAY) {
            @Override
            public void append(LogEvent event) {
                characters.addAndGet(getLayout().toByteArray(event).length);
            }
        };
        appender.start();
        root = config.getRootLogger();
        root.addAppender(appender, null, null);
        // The loggers configured apart (Fuseki's request log, unld's own) get it too.
        config.getLoggers().values().forEach(l -> {
            if (l != root) {
                l.addAppender(appender, null, null);
            }
        });
        context.updateLoggers();
    }

    static LogCapture start() {
        return new LogCapture();
    }

    long characters() {
        return characters.get();
    }

    @Override
    public void close() {
        LoggerContext context = (LoggerContext) LogManager.getContext(false);
        Configuration config = context.getConfiguration();
        config.getLoggers().values().forEach(l -> l.removeAppender("capture"));
        context.updateLoggers();
        appender.stop();
    }
}
