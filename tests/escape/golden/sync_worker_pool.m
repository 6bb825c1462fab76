./sync_worker_pool.go:8:21: jobs does not escape
./sync_worker_pool.go:8:38: results does not escape
./sync_worker_pool.go:8:58: leaking param: wg
./sync_worker_pool.go:15:13: leaking param: wg
./sync_worker_pool.go:15:33: results does not escape
./sync_worker_pool.go:39:11: jobs does not escape
./sync_worker_pool.go:23:6: moved to heap: wg
./sync_worker_pool.go:36:13: ... argument does not escape
./sync_worker_pool.go:36:13: n escapes to heap
./sync_worker_pool.go:36:13: sum escapes to heap
