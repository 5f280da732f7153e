// The line a PBX hook (`abonent call --from`) sends the running window over
// the local socket: whatever arrives, decoding answers a call or nothing, and
// a call it answers survives being encoded and decoded again.
#include "CallHandOff.h"
#include "FuzzSupport.h"

using namespace abonent;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray line = fuzz::bytesOf(data, size);
    const auto call = CallHandOff::decode(line);
    if (!call) {
        return 0;
    }
    const QByteArray encoded = CallHandOff::encode(*call);
    fuzz::check(encoded.endsWith('\n') && encoded.count('\n') == 1, "encoded call is not one line");
    const auto again = CallHandOff::decode(encoded);
    fuzz::check(again.has_value(), "own encoding refused", QString::fromUtf8(encoded));
    fuzz::check(
        again->from == call->from && again->to == call->to, "call changed on the way", QString::fromUtf8(encoded));
    return 0;
}
