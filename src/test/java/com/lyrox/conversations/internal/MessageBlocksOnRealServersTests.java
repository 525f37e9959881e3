package com.lyrox.conversations.internal;

import com.lyrox.support.RealServerTest;

/** The history's blocks on real MongoDB: each place read once, only by its own company, concurrent pushes all kept. */
@RealServerTest
class MessageBlocksOnRealServersTests extends MessageBlocksTests {
}
