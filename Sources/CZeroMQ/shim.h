#ifndef EVENTWIRE_CZEROMQ_SHIM_H
#define EVENTWIRE_CZEROMQ_SHIM_H
// libzmq from Debian's libzmq3-dev. Only Sources/ZeroMQ imports this module.
#include <zmq.h>
#include <errno.h>
#endif
