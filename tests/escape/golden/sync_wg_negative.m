./sync_wg_negative.go:6:6: moved to heap: wg
