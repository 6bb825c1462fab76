// +build ignore

package other
