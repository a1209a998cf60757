// Bench-only (Linux, x86): do the two cores slow each other? One loop on one core, timed by its thread CPU.
// Modes: alu (an integer chain in registers: only shares execution units, i.e. an SMT sibling), mem (a pointer chase
// over one random cycle of $MB MiB, 256 by default: shares caches and memory), pause (spins on PAUSE: holds a core
// while using almost nothing of it). Run one on each core at real-time priority, so no other program runs there:
//   gcc -O2 -o /tmp/core-probe bench/core-probe.c
//   /tmp/core-probe alu 1 1.4 2 & sleep 0.15; /tmp/core-probe alu 0 1.0 2; wait   (then pause / mem as the sibling)
// Usage: core-probe MODE CPU SECONDS [FIFO_PRIORITY]; prints ms of thread CPU per million iterations.
#define _GNU_SOURCE
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <stdint.h>
static double now(clockid_t c){struct timespec t;clock_gettime(c,&t);return t.tv_sec+t.tv_nsec*1e-9;}
int main(int argc,char**argv){
  const char*mode=argv[1];int cpu=atoi(argv[2]);double secs=atof(argv[3]);int prio=argc>4?atoi(argv[4]):0;
  cpu_set_t s;CPU_ZERO(&s);CPU_SET(cpu,&s);if(sched_setaffinity(0,sizeof s,&s))perror("affinity");
  if(prio){struct sched_param p={.sched_priority=prio};if(sched_setscheduler(0,SCHED_FIFO,&p))perror("fifo");}
  size_t n=(size_t)32<<20; if(getenv("MB")) n=(size_t)atoi(getenv("MB"))<<17;uint64_t*a=0;
  if(!strcmp(mode,"mem")){a=malloc(n*8);for(size_t i=0;i<n;i++)a[i]=i; for(size_t i=n-1;i>0;i--){size_t j=((uint64_t)rand()*RAND_MAX+rand())%i;uint64_t t=a[i];a[i]=a[j];a[j]=t;}}
  double w0=now(CLOCK_MONOTONIC),c0=now(CLOCK_THREAD_CPUTIME_ID);uint64_t it=0,x=1,y=7;
  while(now(CLOCK_MONOTONIC)-w0<secs){
    if(!strcmp(mode,"alu")){for(int i=0;i<1000000;i++){x=x*6364136223846793005ull+1442695040888963407ull;y^=x>>29;y+=y<<3;}}
    else if(!strcmp(mode,"mem")){for(int i=0;i<1000000;i++){x=a[x];}}
    else {for(int i=0;i<1000000;i++)__builtin_ia32_pause();}
    it++;
  }
  double c=now(CLOCK_THREAD_CPUTIME_ID)-c0,w=now(CLOCK_MONOTONIC)-w0;
  printf("%s cpu%d: %.3f ms CPU per M iterations (%lu M in %.2f s CPU, %.2f s wall) [%lu]\n",mode,cpu,c*1e3/it,it,c,w,(unsigned long)(x+y));
  return 0;
}
