./chan_counter_sem.go:5:18: sem does not escape
./chan_counter_sem.go:5:33: active does not escape
./chan_counter_sem.go:5:46: maxActive does not escape
./chan_counter_sem.go:5:62: done does not escape
./chan_counter_sem.go:24:2: moved to heap: active
./chan_counter_sem.go:24:10: moved to heap: maxActive
./chan_counter_sem.go:34:13: ... argument does not escape
./chan_counter_sem.go:34:13: finished escapes to heap
./chan_counter_sem.go:34:34: maxActive <= 3 escapes to heap
./chan_counter_sem.go:34:34: active escapes to heap
