package com.lyrox.conversations.internal;

import com.lyrox.support.RealServerTest;

/** Concurrent inbound and outbound messages on real MongoDB: every one takes a place of its own and the counters agree. */
@RealServerTest
class ConcurrentHistoryOnRealServersTests extends ConcurrentHistoryTests {
}
