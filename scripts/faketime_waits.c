/* A timed wait that libfaketime 0.9.10 does not move with the clock, moved here.
 *
 * Under faketime, CPython computes a lock's deadline (threading.Event.wait(timeout),
 * Lock.acquire(timeout)) from the faked CLOCK_MONOTONIC and hands it to sem_clockwait,
 * which libfaketime does not intercept: the kernel then waits until the *real* clock
 * reaches the faked deadline, i.e. the whole offset (a week for "next Saturday").
 * Preloaded before libfaketime (scripts/test-on-a-day.sh), this turns the deadline back
 * into the real clock's: the time left, as the faked clock sees it, from the real now.
 * Dev-only; built by that script with the machine's cc.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <semaphore.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

static struct timespec to_real(clockid_t clock, const struct timespec *deadline) {
    struct timespec faked, real, out;
    clock_gettime(clock, &faked); /* through libfaketime: the faked now */
    syscall(SYS_clock_gettime, clock, &real); /* past it: the real now */
    long long ns = (long long)real.tv_sec * 1000000000LL + real.tv_nsec
        + ((long long)deadline->tv_sec - faked.tv_sec) * 1000000000LL
        + (deadline->tv_nsec - faked.tv_nsec);
    out.tv_sec = ns / 1000000000LL;
    out.tv_nsec = ns % 1000000000LL;
    return out;
}

int sem_clockwait(sem_t *sem, clockid_t clock, const struct timespec *deadline) {
    static int (*next)(sem_t *, clockid_t, const struct timespec *);
    if (!next) next = (int (*)(sem_t *, clockid_t, const struct timespec *))dlsym(RTLD_NEXT, "sem_clockwait");
    struct timespec real = to_real(clock, deadline);
    return next(sem, clock, &real);
}
