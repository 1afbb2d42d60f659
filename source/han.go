package source

import "unicode"

// commonHan holds frequent Chinese characters in both scripts. Text decoded
// with the right charset is full of them; the wrong charset yields rare
// characters and symbols, so the count tells GB18030 from Big5.
const commonHan = "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴善晚官河企投资模型智能发布公司市场技术研究数据表示认为宣布开源训练用户产品亿元美国中国欧洲全球行业领域" +
	// Traditional forms of the characters above that differ.
	"這來國個說們為時過學對裡後麼經頭見長動兩現樣將與點種聲話兒問機給幾業間開東氣關內門車電總場師書處員報馬張難數體軍產萬師書雙歷較華聽眾實當從還發會讓認論義術結條變聯權傳紅決區轉識極導據網專連遠資隊帶運進節應無問題標準設計創頭條評據樣屬戰爭鄉親愛劃風際態網絡訊導統計並續雲腦語錄點擊覽臺灣"

// hanSet is commonHan as a set.
var hanSet = func() map[rune]bool {
	m := make(map[rune]bool, len(commonHan)/3)
	for _, r := range commonHan {
		m[r] = true
	}
	return m
}()

// hanScore counts common Han characters in s, less the replacement and
// private-use characters a wrong charset produces.
func hanScore(s string) int {
	n := 0
	for _, r := range s {
		switch {
		case hanSet[r]:
			n++
		case r == '\uFFFD' || (r >= 0xE000 && r <= 0xF8FF):
			n -= 2
		}
	}
	return n
}

// isHan says whether r is a CJK ideograph.
func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
