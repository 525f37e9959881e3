package com.lyrox.platform.persistence;

import com.lyrox.platform.StoreOutage;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Lets at most as many threads ask the pool for a connection as it has connections; the rest
 * queue here, first come first served. Thousands of virtual threads waiting inside the pool
 * itself would make every returned connection spin through its waiters; waiting on a
 * semaphore costs nothing while parked. A permit is given back when its connection closes.
 * <p>
 * While the database does not answer, waiting in line would only delay the same failure: after
 * a failure to connect, callers fail at once, except one now and then (every {@code probeInterval})
 * who tries again and finds out whether it is back.
 */
final class ConnectionGate {

    interface Source {
        Connection get() throws SQLException;
    }

    private final Semaphore permits;
    private final Duration timeout;
    private final long probeIntervalNanos;
    private final AtomicLong lastOutage = new AtomicLong();
    private volatile boolean down;

    ConnectionGate(int connections, Duration timeout, Duration probeInterval) {
        this.permits = new Semaphore(connections, true);
        this.timeout = timeout;
        this.probeIntervalNanos = probeInterval.toNanos();
    }

    Connection open(Source source) throws SQLException {
        try {
            if (!permits.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SQLTransientConnectionException("No database connection became free within " + timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLTransientConnectionException("Interrupted while waiting for a database connection", e);
        }
        if (down && !mayProbe()) {
            permits.release();
            throw new SQLTransientConnectionException("The database did not answer a moment ago; not waiting for it again yet");
        }
        try {
            Connection connection = source.get();
            down = false;
            return releasingOnClose(connection);
        } catch (SQLException | RuntimeException e) {
            permits.release();
            if (StoreOutage.of(e).isPresent()) {
                lastOutage.set(System.nanoTime());
                down = true;
            }
            throw e;
        }
    }

    /** One caller per interval goes through to try the database again. */
    private boolean mayProbe() {
        long last = lastOutage.get();
        long now = System.nanoTime();
        return now - last >= probeIntervalNanos && lastOutage.compareAndSet(last, now);
    }

    int available() {
        return permits.availablePermits();
    }

    private Connection releasingOnClose(Connection connection) {
        AtomicBoolean released = new AtomicBoolean();
        InvocationHandler handler = (proxy, method, args) -> invoke(connection, released, method, args);
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                handler);
    }

    private Object invoke(Connection connection, AtomicBoolean released, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(connection, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        } finally {
            if ("close".equals(method.getName()) && released.compareAndSet(false, true)) {
                permits.release();
            }
        }
    }
}
