package com.lyrox.conversations;

import com.lyrox.support.RealServerTest;

/** The agent's context on real Redis, rebuilt from real MongoDB on a miss. */
@RealServerTest
class RecentMessagesOnRealServersTests extends RecentMessagesTests {
}
