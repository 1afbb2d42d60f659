package extract

// Mentions stage, pinyin names (read by latinPersons, rule
// entity.en.person-pinyin). Chinese names written in pinyin (Xiaohua Zhai,
// Zhai Xiaohua): a common surname and a given name of two pinyin syllables
// are a person, whatever the sentence says around them.

import "strings"

// pinyinSurnames are common Chinese surnames in pinyin.
var pinyinSurnames = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Lin Gao Luo Zheng Liang Xie Tang Song Han Feng Deng Cao Peng Zeng Xiao Tian Dong Pan Yuan Cai Jiang Yu Du Ye Cheng Wei Su Lu Ding Ren Yao Shen Zhong Cui Tan Fan Liao Shi Jin Jia Xia Fu Fang Zou Xiong Bai Meng Qin Qiu Hou Yin Xue Yan Duan Lei Long Tao Mao Hao Gu Gong Shao Wan Qian Dai Mo Kong Xiang Chang Kang Zhai Ni Niu Qi Sheng Lai Lou Ou Ouyang Situ Shangguan Zhuge Bao Ji Geng Gan Kou Ke Mu Nie Pang Rong Ruan Shan Tong Wen Weng Xin Yi Zhan Zhuang Zuo Bi Bian Chu Fei Hong Hua Jiao Lan Miao Qu Rao Shu Tu An Ai Bo Che Dou Ge Hai Huo Kuang Mei Ning Pu Quan Sang Teng Yue Zang Zha`) {
		m[w] = true
	}
	return m
}()

// pinyinSyllables are the syllables of standard pinyin, without tones.
var pinyinSyllables = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu long lou lu luan lun luo lv lve ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re ren reng ri rong rou ru ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo`) {
		m[w] = true
	}
	return m
}()

// pinyinSyllableCount returns how many pinyin syllables w splits into
// (a hyphen or apostrophe may separate them: Hsiao-mei is not pinyin,
// Xiao-Hua is), or 0 when it is not pinyin.
func pinyinSyllableCount(w string) int {
	w = strings.ToLower(strings.NewReplacer("-", "", "'", "", "’", "").Replace(w))
	if w == "" || len(w) > 12 {
		return 0
	}
	// best[i] = fewest syllables that spell w[:i], -1 when none do
	best := make([]int, len(w)+1)
	for i := 1; i <= len(w); i++ {
		best[i] = -1
		for k := max(0, i-6); k < i; k++ {
			if best[k] >= 0 && pinyinSyllables[w[k:i]] && (best[i] < 0 || best[k]+1 < best[i]) {
				best[i] = best[k] + 1
			}
		}
	}
	if best[len(w)] < 0 {
		return 0
	}
	return best[len(w)]
}

// pinyinName reports two words that are a Chinese name in pinyin: a
// common surname and a given name of two syllables, in either order
// (Xiaohua Zhai, Zhai Xiaohua).
func pinyinName(a, b string) bool {
	return pinyinSurnames[b] && pinyinSyllableCount(a) == 2 && !pinyinSurnames[a] ||
		pinyinSurnames[a] && pinyinSyllableCount(b) == 2 && !pinyinSurnames[b]
}
