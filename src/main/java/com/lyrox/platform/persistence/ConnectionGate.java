package com.lyrox.platform.persistence;

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

/**
 * Lets at most as many threads ask the pool for a connection as it has connections; the rest
 * queue here, first come first served. Thousands of virtual threads waiting inside the pool
 * itself would make every returned connection spin through its waiters; waiting on a
 * semaphore costs nothing while parked. A permit is given back when its connection closes.
 */
final class ConnectionGate {

    interface Source {
        Connection get() throws SQLException;
    }

    private final Semaphore permits;
    private final Duration timeout;

    ConnectionGate(int connections, Duration timeout) {
        this.permits = new Semaphore(connections, true);
        this.timeout = timeout;
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
        try {
            return releasingOnClose(source.get());
        } catch (SQLException | RuntimeException e) {
            permits.release();
            throw e;
        }
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
