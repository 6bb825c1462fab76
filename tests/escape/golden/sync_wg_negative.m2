./sync_wg_negative.go:6:6: wg escapes to heap:
./sync_wg_negative.go:6:6:   flow: {heap} = &wg:
./sync_wg_negative.go:6:6:     from wg (address-of) at ./sync_wg_negative.go:7:4
./sync_wg_negative.go:6:6:     from (*sync.WaitGroup).Add(wg, 1) (call parameter) at ./sync_wg_negative.go:7:8
./sync_wg_negative.go:6:6: wg escapes to heap:
./sync_wg_negative.go:6:6:   flow: {heap} = &wg:
./sync_wg_negative.go:6:6:     from wg (address-of) at ./sync_wg_negative.go:8:4
./sync_wg_negative.go:6:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./sync_wg_negative.go:8:9
./sync_wg_negative.go:6:6: wg escapes to heap:
./sync_wg_negative.go:6:6:   flow: {heap} = &wg:
./sync_wg_negative.go:6:6:     from wg (address-of) at ./sync_wg_negative.go:9:4
./sync_wg_negative.go:6:6:     from (*sync.WaitGroup).Done(wg) (call parameter) at ./sync_wg_negative.go:9:9
./sync_wg_negative.go:6:6: moved to heap: wg
